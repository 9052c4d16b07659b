// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "io/document.h"

#include <QString>
#include <string>

/// A small catalog for the io tests, so they do not depend on the built-in catalog's contents.
inline const cw::Catalog &testCatalog()
{
    static const cw::Catalog catalog = cw::Catalog::fromYaml(R"(catalog: 1
kinds:
  aws.eks:
    provider: aws
    category: containers
    label: EKS cluster
    icon: aws-eks
    doc: "Kubernetes control plane and node groups."
    placements: [private-subnet]
    min_zones: 2
    properties:
      version: { type: string, doc: "Kubernetes version." }
      node_min: { type: int, min: 0, max: 100, default: 1, doc: "Minimum nodes." }
      node_max: { type: int, min: 1, max: 450, default: 3, doc: "Maximum nodes." }
      instance_types: { type: list, default: [], doc: "Node instance types." }
      capacity_type: { type: enum, allowed: [ON_DEMAND, SPOT], default: ON_DEMAND, doc: "Capacity." }
      spot_share: { type: number, min: 0, max: 1, doc: "Share of spot capacity." }
      private_endpoint: { type: bool, default: false, doc: "Private API endpoint only." }
  aws.s3:
    provider: aws
    category: storage
    label: S3 bucket
    icon: aws-s3
    doc: "Object storage."
    placements: [region]
    data_store: true
  aws.cloudfront:
    provider: aws
    category: edge
    label: CloudFront
    icon: aws-cloudfront
    doc: "CDN."
    placements: [global]
    entry_point: true
  azure.key-vault:
    provider: azure
    category: security
    label: Key Vault
    icon: azure-key-vault
    doc: "Secrets."
    placements: [region]
)");
    return catalog;
}

/// Every error of a load result, one formatted line each.
inline QString errorText(const cw::io::LoadResult &result)
{
    QString out;
    for (const auto &e : result.errors)
        out += QString::fromStdString(e.format()) + '\n';
    return out;
}

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
